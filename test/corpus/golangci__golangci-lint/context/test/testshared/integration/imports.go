// Import list of package integration in test/testshared/integration of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package integration

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/logutils"
	_ "github.com/golangci/golangci-lint/v2/test/testshared"
	_ "github.com/stretchr/testify/require"
	_ "os"
	_ "os/exec"
	_ "path/filepath"
	_ "slices"
	_ "strings"
	_ "testing"
	_ "time"
)
