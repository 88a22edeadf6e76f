// Import list of package main in tools of prometheus/node_exporter (the import blocks of its non-test files; no code kept)
package main

import (
	_ "flag"
	_ "fmt"
	_ "go/build"
	_ "os"
	_ "path/filepath"
	_ "runtime"
)
