// Import list of package main in config/examples/connect_backend_go of sosedoff/pgweb (the import blocks of its non-test files; no code kept)
package main

import (
	_ "encoding/json"
	_ "fmt"
	_ "log"
	_ "net/http"
)
