// Import list of package v2 in registry/api/v2 of distribution/distribution (the import blocks of its non-test files; no code kept)
package v2

import (
	_ "fmt"
	_ "github.com/distribution/distribution/v3/registry/api/errcode"
	_ "github.com/distribution/reference"
	_ "github.com/gorilla/mux"
	_ "github.com/opencontainers/go-digest"
	_ "net/http"
	_ "net/url"
	_ "regexp"
	_ "strings"
	_ "sync"
	_ "unicode"
)
