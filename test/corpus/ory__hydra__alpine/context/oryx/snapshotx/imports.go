// Import list of package snapshotx in oryx/snapshotx of ory/hydra (the import blocks of its non-test files; no code kept)
package snapshotx

import (
	_ "bytes"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/bradleyjkemp/cupaloy/v2"
	_ "github.com/stretchr/testify/require"
	_ "github.com/tidwall/gjson"
	_ "github.com/tidwall/sjson"
	_ "slices"
	_ "strings"
	_ "testing"
)
