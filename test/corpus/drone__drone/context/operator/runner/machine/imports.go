// Import list of package machine in operator/runner/machine of drone/drone (the import blocks of its non-test files; no code kept)
package machine

import (
	_ "bytes"
	_ "encoding/json"
	_ "errors"
	_ "io"
	_ "io/ioutil"
	_ "path/filepath"
	_ "strings"
)
