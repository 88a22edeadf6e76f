// Import list of package e2eutil in e2e/e2eutil of go-shiori/shiori (the import blocks of its non-test files; no code kept)
package e2eutil

import (
	_ "context"
	_ "github.com/stretchr/testify/require"
	_ "github.com/testcontainers/testcontainers-go"
	_ "github.com/testcontainers/testcontainers-go/wait"
	_ "io"
	_ "os"
	_ "strings"
	_ "testing"
	_ "time"
)
