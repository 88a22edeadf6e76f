// Import list of package mapx in oryx/mapx of ory/hydra (the import blocks of its non-test files; no code kept)
package mapx

import (
	_ "encoding/json"
	_ "errors"
	_ "math"
	_ "time"
)
