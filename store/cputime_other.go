//go:build !unix

package store

func processCPU() float64 { return 0 }
