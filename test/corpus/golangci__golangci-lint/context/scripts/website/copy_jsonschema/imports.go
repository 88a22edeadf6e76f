// Import list of package main in scripts/website/copy_jsonschema of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package main

import (
	_ "fmt"
	_ "github.com/golangci/golangci-lint/v2/scripts/website/github"
	_ "github.com/hashicorp/go-version"
	_ "io"
	_ "log"
	_ "os"
	_ "path/filepath"
	_ "strings"
)
