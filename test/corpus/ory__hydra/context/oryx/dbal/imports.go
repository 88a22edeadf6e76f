// Import list of package dbal in oryx/dbal of ory/hydra (the import blocks of its non-test files; no code kept)
package dbal

import (
	_ "bytes"
	_ "encoding/hex"
	_ "fmt"
	_ "github.com/ory/pop/v6"
	_ "github.com/ory/x/fsx"
	_ "github.com/ory/x/sqlcon/dockertest"
	_ "github.com/pkg/errors"
	_ "github.com/stretchr/testify/require"
	_ "io/fs"
	_ "os"
	_ "path/filepath"
	_ "regexp"
	_ "strings"
	_ "testing"
)
