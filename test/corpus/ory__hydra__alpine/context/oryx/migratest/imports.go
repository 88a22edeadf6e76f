// Import list of package migratest in oryx/migratest of ory/hydra (the import blocks of its non-test files; no code kept)
package migratest

import (
	_ "encoding/json"
	_ "github.com/stretchr/testify/assert"
	_ "github.com/stretchr/testify/require"
	_ "os"
	_ "path/filepath"
	_ "strings"
	_ "testing"
)
