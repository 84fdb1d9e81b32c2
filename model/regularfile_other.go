//go:build !unix

package model

// openNonBlock: this platform has no FIFOs to guard against (or no O_NONBLOCK, as
// under GOOS=js), so opens are plain.
const openNonBlock = 0
