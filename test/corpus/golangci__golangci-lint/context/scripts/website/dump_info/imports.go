// Import list of package main in scripts/website/dump_info of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package main

import (
	_ "bytes"
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goformatters"
	_ "github.com/golangci/golangci-lint/v2/pkg/lint/linter"
	_ "github.com/golangci/golangci-lint/v2/pkg/lint/lintersdb"
	_ "github.com/golangci/golangci-lint/v2/pkg/result/processors"
	_ "github.com/golangci/golangci-lint/v2/scripts/website/types"
	_ "log"
	_ "maps"
	_ "os"
	_ "os/exec"
	_ "path/filepath"
	_ "regexp"
	_ "slices"
	_ "strings"
)
