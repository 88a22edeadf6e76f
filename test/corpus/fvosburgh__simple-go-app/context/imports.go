// Import list of package main in . of fvosburgh/simple-go-app (the import blocks of its non-test files; no code kept)
package main

import (
	_ "fmt"
	_ "net/http"
)
