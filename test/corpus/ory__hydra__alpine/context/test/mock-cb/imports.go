// Import list of package main in test/mock-cb of ory/hydra (the import blocks of its non-test files; no code kept)
package main

import (
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "golang.org/x/oauth2"
	_ "log"
	_ "net/http"
	_ "os"
	_ "strings"
	_ "time"
)
