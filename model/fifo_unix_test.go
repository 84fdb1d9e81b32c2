//go:build unix

package model

import "syscall"

// mkfifo makes a named pipe, the file type that blocks a reader with no writer.
func mkfifo(path string) error { return syscall.Mkfifo(path, 0o644) }
