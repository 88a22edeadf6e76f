// Import list of package castx in oryx/castx of ory/hydra (the import blocks of its non-test files; no code kept)
package castx

import (
	_ "encoding/csv"
	_ "fmt"
	_ "github.com/spf13/cast"
	_ "reflect"
	_ "strings"
)
