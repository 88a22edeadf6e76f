// Import list of package main in . of denzakh/docker-demo-2 (the import blocks of its non-test files; no code kept)
package main

import (
	_ "fmt"
	_ "net/http"
)
