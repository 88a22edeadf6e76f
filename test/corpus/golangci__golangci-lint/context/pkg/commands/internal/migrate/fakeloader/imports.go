// Import list of package fakeloader in pkg/commands/internal/migrate/fakeloader of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package fakeloader

import (
	_ "fmt"
	_ "github.com/go-viper/mapstructure/v2"
	_ "github.com/golangci/golangci-lint/v2/pkg/commands/internal/migrate/parser"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "os"
)
