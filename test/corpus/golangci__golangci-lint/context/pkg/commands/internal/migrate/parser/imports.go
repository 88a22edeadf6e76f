// Import list of package parser in pkg/commands/internal/migrate/parser of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package parser

import (
	_ "bytes"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/pelletier/go-toml/v2"
	_ "go.yaml.in/yaml/v3"
	_ "io"
	_ "path/filepath"
	_ "strings"
)
