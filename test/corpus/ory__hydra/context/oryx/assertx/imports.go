// Import list of package assertx in oryx/assertx of ory/hydra (the import blocks of its non-test files; no code kept)
package assertx

import (
	_ "bytes"
	_ "encoding/json"
	_ "github.com/stretchr/testify/assert"
	_ "github.com/stretchr/testify/require"
	_ "github.com/tidwall/sjson"
	_ "strings"
	_ "testing"
)
