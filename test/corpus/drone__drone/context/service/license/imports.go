// Import list of package license in service/license of drone/drone (the import blocks of its non-test files; no code kept)
package license

import (
	_ "context"
	_ "encoding/json"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/go-license/license"
	_ "github.com/drone/go-license/license/licenseutil"
	_ "strings"
	_ "time"
)
