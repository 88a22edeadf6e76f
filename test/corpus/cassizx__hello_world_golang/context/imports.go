// Import list of package main in . of cassizx/hello_world_golang (the import blocks of its non-test files; no code kept)
package main

import (
	_ "fmt"
	_ "log"
	_ "net/http"
	_ "os"
)
