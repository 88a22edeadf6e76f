// Import list of package main in test/mock-lcp of ory/hydra (the import blocks of its non-test files; no code kept)
package main

import (
	_ "github.com/ory/hydra-client-go/v2"
	_ "github.com/ory/x/urlx"
	_ "log"
	_ "net/http"
	_ "os"
	_ "strings"
)
