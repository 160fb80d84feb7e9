package corpus

import (
	"strings"
	"sync"
)

type country struct {
	name    string
	aliases []string
}

var countries = []country{
	{"Ukraine", []string{"Kyiv"}}, {"Russia", []string{"Moscow", "the Kremlin"}}, {"United States", []string{"US", "Washington"}},
	{"France", []string{"Paris"}}, {"Germany", []string{"Berlin"}}, {"Poland", []string{"Warsaw"}},
	{"United Kingdom", []string{"UK", "London"}}, {"Türkiye", []string{"Turkey", "Ankara"}}, {"Hungary", []string{"Budapest"}},
	{"Finland", []string{"Helsinki"}}, {"Estonia", []string{"Tallinn"}}, {"Latvia", []string{"Riga"}},
	{"Lithuania", []string{"Vilnius"}}, {"Romania", []string{"Bucharest"}}, {"Moldova", []string{"Chișinău"}},
	{"Belarus", []string{"Minsk"}}, {"China", []string{"Beijing"}}, {"India", []string{"New Delhi"}},
	{"Italy", []string{"Rome"}}, {"Spain", []string{"Madrid"}}, {"Sweden", []string{"Stockholm"}},
	{"Norway", []string{"Oslo"}}, {"Denmark", []string{"Copenhagen"}}, {"Czechia", []string{"Czech Republic", "Prague"}},
	{"Slovakia", []string{"Bratislava"}}, {"Georgia", []string{"Tbilisi"}}, {"Japan", []string{"Tokyo"}},
	{"Saudi Arabia", []string{"Riyadh"}}, {"Qatar", []string{"Doha"}}, {"Switzerland", []string{"Geneva", "Bern"}},
}

var orgKinds = []struct{ name, kind, alias string }{
	{"Government", "government", "government"}, {"Foreign Ministry", "government", "foreign ministry"},
	{"Ministry of Defence", "government", "defence ministry"}, {"Parliament", "institution", "parliament"},
	{"General Staff", "institution", "army"}, {"Central Bank", "institution", "central bank"},
	{"Opposition Bloc", "collective", ""}, {"Energy Agency", "institution", ""},
}

var firstNames = strings.Fields(`Volodymyr Andriy Oleksandr Mykhailo Yulia Olena Iryna Dmytro Serhiy Kateryna
Vladimir Sergei Dmitry Maria Anna Yuri Alexei Natalia Ivan Pavel Donald Keith Marco Steve Jared
Emmanuel Olaf Friedrich Ursula Kaja Mark Antony Keir Rishi Giorgia Pedro Ulf Magnus Mette Petr
Zoë Chloé Renée José Łukasz Radosław Andrzej Agnieszka Małgorzata Tomás Søren Jürgen Björn Åsa Ömer
Recep Hakan Mevlüt Çağla Viktor Péter Katalin Gábor Zsófia Alexandru Maia Ion Klaus Nicușor Sanna Petteri
Alar Kristen Edgars Krišjānis Gitanas Ingrida Ilham Wang Li Zhang Narendra Subrahmanyam Fumio Shigeru
Mohammed Faisal Tamim Ignazio Karin Heidi Jens Ine Petra Robert Zuzana Irakli Salome Nikoloz Hiroshi
Amina Leila Omar Yasmin Kofi Ngozi Thabo Lindiwe Carlos Lucía Mateo Valentina Diego Camila Rafael Ana
Jonas Emilia Noah Elias Lea Finn Mila Luca Nora Hugo Alma Oskar Ida Milan Vesna Dragan Jelena Nikola
Marek Jana Ondřej Tereza Pavla Stefan Ilse Wim Sanne Joost Lieke Bram Femke Aleksander Weronika Kacper
Anders Sigrid Eino Aino Toomas Kersti Rūta Dainius Ieva Mārtiņš Laila Goran Ljubica Arben Teuta Edi`)

var lastNames = strings.Fields(`Zelenskiy Yermak Umerov Kuleba Sybiha Svyrydenko Shmyhal Budanov Syrskyi Klitschko
Podolyak Stefanchuk Tymoshenko Poroshenko Zaluzhnyi Peskov Lavrov Ushakov Dmitriev Medvedev Shoigu Gerasimov
Belousov Nebenzia Zakharova Kozak Volodin Matviyenko Nabiullina Witkoff Kushner Rubio Kellogg Vance Hegseth
Bessent Waltz Driscoll Macron Barrot Lecornu Merz Wadephul Pistorius Scholz Baerbock Tusk Sikorski Kosiniak
Duda Nawrocki Starmer Lammy Healey Reeves Erdoğan Fidan Kalın Orbán Szijjártó Stubb Häkkinen Valtonen
Michal Tsahkna Rinkēvičs Braže Nausėda Budrys Bolojan Ciolacu Sandu Popșoi Lukashenko Xi Wang Modi
Jaishankar Meloni Tajani Crosetto Sánchez Albares Kristersson Stenergard Støre Eide Frederiksen Rasmussen
Fiala Lipavský Fico Blanár Kobakhidze Ishiba Takeshi Salman Thani Cassis Keller Sutter Rutte Costa Kallas
Grossi Guterres Novák Kovács Horváth Nagy Szabó Tóth Müller Schmidt Schneider Fischer Weber
Meyer Wagner Becker Schulz Hoffmann Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński
Dubois Lefèvre Moreau Laurent Girard Bonnet Dupont Rossi Russo Ferrari Esposito Bianchi Romano García
Fernández López Martínez Pérez Gómez Johansson Andersson Karlsson Nilsson Larsen Hansen Jensen Nielsen
Korhonen Virtanen Mäkinen Nieminen Tamm Saar Sepp Bērziņš Kalniņš Kazlauskas Petrauskas Popescu Ionescu
Shevchenko Bondarenko Kovalenko Boyko Tkachenko Kravchenko Oliynyk Melnyk Savchenko Rudenko Marchenko
Ivanov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov Morozov Volkov Solovyov Vasiliev Zaitsev
Pavlov Semenov Golubev Vinogradov Bogdanov Vorobyov Fyodorov Mikhailov Belyaev Tarasov Belov Komarov
Orlov Kiselyov Makarov Andreev Kovalev Ilyin Gusev Titov Kuzmin Kudryavtsev Baranov Kulikov Alexeev
Stepanov Yakovlev Sorokin Sergeev Romanov Zakharov Borisov Korolev Gerasimenko Ponomarenko Yurchenko
Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný Marković Petrović Jovanović Đorđević Ilić Hoxha Krasniqi`)

var titles = []string{
	"President", "Prime Minister", "Foreign Minister", "Defence Minister", "Chief of Staff",
	"National Security Adviser", "Special Envoy", "Ambassador", "Spokesperson", "Speaker of Parliament",
	"Deputy Prime Minister", "Energy Minister", "Finance Minister", "Commander-in-Chief", "Head of Intelligence",
	"Senator", "Member of Parliament", "Mayor", "Governor", "Chief Negotiator",
}

var topicRoots = []string{
	"Peace talks", "Security guarantees", "Territorial questions", "Sanctions", "Energy",
	"Military aid", "Prisoner exchanges", "Reconstruction", "Humanitarian corridors", "Elections",
}

var topicAspects = []string{"Proposals", "Positions", "Timeline", "Negotiators", "Conditions", "Reactions"}

var topicFacets = []string{"Europe", "United States", "Russia", "Ukraine", "United Nations", "Türkiye", "Gulf states", "China", "Baltic states", "Black Sea"}

var regionWords = []string{"Northern", "Southern", "Eastern", "Western"}

var outlets = []string{"Reuters", "Associated Press", "Agence France-Presse", "Kyiv Independent", "Meduza", "BBC",
	"Deutsche Welle", "Le Monde", "Politico Europe", "Financial Times", "Ukrainska Pravda", "Rzeczpospolita"}

var eventKinds = []string{"call", "meeting", "forum", "address", "other"}

var places = []string{"Geneva", "Istanbul", "Riyadh", "Paris", "Berlin", "Warsaw", "Kyiv", "Miami", "Abu Dhabi", "Doha", "Brussels", "Zürich", "Reykjavík"}

var cues = []string{"said", "said", "said", "told reporters", "warned", "added", "claimed", "insisted", "stressed", "wrote", "countered", "argued"}

var settings = []string{"nightly video address", "press conference", "interview with state television", "post on X", "speech to parliament", "briefing in Brussels"}

var polarities = []string{"supports", "opposes", "demands", "conditional", "rejects", "neutral"}

// vocabulary is in frequency rank order: statements draw words from it by a
// Zipf law, so the first words are in most statements and the last ones in
// a handful. Real words first, then made-up ones for the long tail. It is
// built on first use, so that kb, which links this package for kb gen,
// does not pay for it on every start.
var vocabulary = sync.OnceValue(func() []string {
	words := strings.Fields(`the to we and of will a that is not in for
peace talks with security our this be on are must they as ceasefire deal have it
by war support from Ukraine Russia all at an there no guarantees territory their which
negotiations Europe would should can president agreement weapons more any about people
army front forces time now also only sanctions partners American European plan
countries troops strikes energy drones missiles frontline need country government
want allies future sovereignty aggression attack attacks continue ready today help
leaders meeting proposal proposals discuss discussed pressure position positions
diplomacy dialogue referendum borders occupied withdrawal negotiate compromise
concessions reconstruction humanitarian prisoners exchange children return
defence air shield shelling infrastructure power grid winter refugees aid billion
funds frozen assets budget economy oil gas pipeline grain ports shipping sea coast
nuclear plant inspectors monitoring mission observers peacekeepers guarantee treaty
memorandum framework roadmap stage phase points draft document text signature
signing summit envoy envoys delegation delegations round rounds capital capitals
parliament vote election elections constitution martial law mobilisation recruits
soldiers volunteers officers generals command headquarters offensive counteroffensive
defensive positions trenches fortifications mines minefields artillery shells
ammunition tanks jets pilots training instructors coalition willing alliance members
membership accession candidate status bloc union council commission court justice
crimes tribunal accountability compensation damages reparations investigation
evidence witnesses truth lies propaganda disinformation narrative media journalists`)
	seen := map[string]bool{}
	var out []string
	for _, w := range words {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	// the long tail: three made-up syllables each, all distinct
	on := strings.Fields("b d g k l m n p r s t v z br dr kr st tr sh zh")
	vs := strings.Fields("a e i o u ai ei ou ia")
	for i := 0; len(out) < 6000; i++ {
		w := ""
		x := i
		for k := 0; k < 3; k++ {
			w += on[x%len(on)] + vs[(x/len(on))%len(vs)]
			x /= len(on) * len(vs)
		}
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
})
