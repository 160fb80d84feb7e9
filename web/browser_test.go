package web

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"kb/internal/testdb"
)

// chromium finds Debian's chromium: $KB_CHROMIUM, else on $PATH.
func chromium() string {
	if p := os.Getenv("KB_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestBrowser drives headless Chromium through the site as a reader does:
// home, a search, the speaker of a hit, one of their statements, its
// passage highlighted in the source, and a SQL query; it checks what is on
// the screen at each step. With KB_SCREENSHOTS=1 it saves each page as a
// PNG in docs/serve/.
func TestBrowser(t *testing.T) {
	exe := chromium()
	if exe == "" {
		t.Skip("SKIPPED: chromium is not installed, so the real-browser test did not run; `make chromium` installs it (apt-get install chromium)")
	}
	if testing.Short() {
		t.Skip("SKIPPED in -short mode: the real-browser test starts Chromium")
	}
	_, h := newServerHandler(t, testdb.SeededFile(t))
	ts := httptest.NewServer(h)
	defer ts.Close()

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.NoSandbox, // root in CI containers
		chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1100, 900),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(allocCtx)
	defer cancel()
	// The first Run starts the browser and must not carry a timeout.
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("starting %s: %v", exe, err)
	}
	ctx, cancelT := context.WithTimeout(ctx, 90*time.Second)
	defer cancelT()

	shots := os.Getenv("KB_SCREENSHOTS") == "1"
	shoot := func(name string) {
		if !shots {
			return
		}
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		dir := filepath.Join("..", "docs", "serve")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// load runs an action that leads to a new page and waits for it.
	load := func(step string, a chromedp.Action[chromedp.Void]) {
		t.Helper()
		if _, err := chromedp.Run(ctx, chromedp.WaitEvent(page.LoadEventFired, nil, a)); err != nil {
			t.Fatalf("%s: %v", step, err)
		}
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return s
	}
	eval := func(js string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
		if err != nil {
			t.Fatalf("%s: %v", js, err)
		}
		return s
	}
	where := func() string {
		t.Helper()
		u, err := chromedp.Run(ctx, chromedp.Location())
		if err != nil {
			t.Fatal(err)
		}
		return strings.TrimPrefix(u, ts.URL)
	}
	expect := func(what, got, want string) {
		t.Helper()
		if !strings.Contains(got, want) {
			t.Fatalf("%s: %q does not contain %q", what, got, want)
		}
	}

	// Home: the counts and the search box.
	load("open home", chromedp.Navigate(ts.URL+"/"))
	expect("home heading", text("h1"), "Who said what")
	expect("home counts", text("ul.counts"), "25\nstatements")
	shoot("home")

	// Search from the box in the header.
	if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS(`header input[name="q"]`), "radical changes")); err != nil {
		t.Fatal(err)
	}
	load("search", chromedp.Submit(chromedp.CSS(`header form`)))
	expect("search address", where(), "/search?q=radical+changes")
	expect("first hit", text("ol.hits li .snippet"), "radical changes")
	if n := eval(`String(document.querySelectorAll("ol.hits li:first-child .snippet mark").length)`); n != "2" {
		t.Errorf("matched words highlighted: %s, want 2", n)
	}
	shoot("search")

	// The speaker of the first hit.
	speaker := text("ol.hits li .attribution a")
	load("follow the speaker", chromedp.Click(chromedp.CSS("ol.hits li .attribution a")))
	expect("person address", where(), "/people/")
	expect("person heading", text("h1"), speaker)
	expect("person roles", text("main table"), "Kremlin aide")
	shoot("person")

	// One of their statements.
	load("follow a statement", chromedp.Click(chromedp.CSS(`ol.statements li a[href^="/statements/"]`)))
	expect("statement address", where(), "/statements/")
	expect("statement speaker", text("h1"), speaker)
	role := text("dl.meta")
	expect("role at the time", role, "role at the time")
	ldType := eval(`JSON.parse(document.querySelector('script[type="application/ld+json"]').textContent)["@type"]`)
	if ldType != "Quotation" && ldType != "Claim" {
		t.Errorf("JSON-LD @type %q", ldType)
	}
	passage := text("blockquote.passage")
	shoot("statement")

	// Its passage, highlighted in the source.
	load("follow to the passage", chromedp.Click(chromedp.CSS("a.to-passage")))
	expect("source address", where(), "/sources/ukraine-talks-2025-12-07#s-")
	if tag := eval(`document.querySelector(":target") ? document.querySelector(":target").tagName : "none"`); tag != "MARK" {
		t.Fatalf("the link's target is %s, want the passage's MARK", tag)
	}
	target := eval(`document.querySelector(":target").textContent`)
	if !strings.HasPrefix(passage, target) {
		t.Errorf("highlighted %q, the statement page shows the passage %q", target, passage)
	}
	if bg := eval(`getComputedStyle(document.querySelector(":target")).backgroundColor`); bg == "rgba(0, 0, 0, 0)" {
		t.Errorf("the target passage is not highlighted (background %s)", bg)
	}
	shoot("source")

	// A SQL query typed into the console.
	load("open SQL", chromedp.Navigate(ts.URL+"/sql"))
	const q = "SELECT speaker, count(*) AS n FROM who_said_what GROUP BY speaker ORDER BY n DESC, speaker LIMIT 3"
	if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS("form.sql textarea"), q)); err != nil {
		t.Fatal(err)
	}
	load("run SQL", chromedp.Submit(chromedp.CSS("form.sql")))
	expect("SQL address", where(), "/sql?q=SELECT+speaker")
	expect("SQL header", text("table.rows thead"), "speaker")
	if n := eval(`String(document.querySelectorAll("table.rows tbody tr").length)`); n != "3" {
		t.Errorf("SQL rows on screen: %s, want 3", n)
	}
	expect("SQL first row", text("table.rows tbody tr"), "Keith Kellogg")
	expect("SQL query kept", eval(`document.querySelector("form.sql textarea").value`), q)
	shoot("sql")

	if shots {
		for _, p := range []struct{ name, path string }{{"topic", "/topics/donbas-status"}, {"territories", "/territories"}, {"not-found", "/people/zelenskx"}} {
			load("open "+p.path, chromedp.Navigate(ts.URL+p.path))
			shoot(p.name)
		}
	}
}
