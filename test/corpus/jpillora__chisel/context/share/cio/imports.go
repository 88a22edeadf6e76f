// Import list of package cio in share/cio of jpillora/chisel (the import blocks of its non-test files; no code kept)
package cio

import (
	_ "fmt"
	_ "io"
	_ "log"
	_ "os"
	_ "sync"
)
