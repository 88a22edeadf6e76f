// Import list of package config in pkg/goformatters/gci/internal/config of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package config

import (
	_ "github.com/daixiang0/gci/pkg/config"
	_ "github.com/daixiang0/gci/pkg/section"
	_ "github.com/golangci/golangci-lint/v2/pkg/goformatters/gci/internal/section"
	_ "go.yaml.in/yaml/v3"
	_ "sort"
	_ "strings"
)
