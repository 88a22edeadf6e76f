// Import list of package main in scripts/website/expand_templates of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package main

import (
	_ "bytes"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/scripts/website/github"
	_ "github.com/golangci/golangci-lint/v2/scripts/website/types"
	_ "go.yaml.in/yaml/v3"
	_ "io"
	_ "log"
	_ "os"
	_ "path/filepath"
	_ "reflect"
	_ "strings"
)
