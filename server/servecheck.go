package main

import "fmt"

// check refuses flag values that would break the server: a non-positive -poll panics
// time.NewTicker, and a non-positive -header-timeout would let a client hold a
// connection forever by never finishing its headers.
func (cfg serveConfig) check() error {
	if cfg.poll <= 0 {
		return fmt.Errorf("-poll %v: want a positive duration, e.g. 3s", cfg.poll)
	}
	if cfg.headerTimeout <= 0 {
		return fmt.Errorf("-header-timeout %v: want a positive duration, e.g. 10s", cfg.headerTimeout)
	}
	return nil
}
