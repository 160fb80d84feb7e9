//go:build unix

package store

import "syscall"

// processCPU is the CPU time (user and system, in seconds) this process has
// used so far: on a shared machine it measures the work of a bulk-load
// phase, where wall time also measures the neighbours.
func processCPU() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}
