//go:build unix

package model

import "syscall"

// openNonBlock keeps open(2) from waiting for a writer when the path is a FIFO.
// Reads of a regular file ignore it.
const openNonBlock = syscall.O_NONBLOCK
