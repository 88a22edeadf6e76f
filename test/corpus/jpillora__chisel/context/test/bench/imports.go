// Import list of package main in test/bench of jpillora/chisel (the import blocks of its non-test files; no code kept)
package main

import (
	_ "flag"
	_ "fmt"
	_ "github.com/jpillora/chisel/share/cnet"
	_ "io"
	_ "log"
	_ "net/http"
	_ "os"
	_ "os/exec"
	_ "path"
	_ "strconv"
	_ "time"
)
