// Import list of package main in cmd/registry-api-descriptor-template of distribution/distribution (the import blocks of its non-test files; no code kept)
package main

import (
	_ "github.com/distribution/distribution/v3/registry/api/errcode"
	_ "github.com/distribution/distribution/v3/registry/api/v2"
	_ "log"
	_ "net/http"
	_ "os"
	_ "path/filepath"
	_ "regexp"
	_ "text/template"
)
