// Import list of package main in cmd of thomseddon/traefik-forward-auth (the import blocks of its non-test files; no code kept)
package main

import (
	_ "fmt"
	_ "github.com/thomseddon/traefik-forward-auth/internal"
	_ "net/http"
)
