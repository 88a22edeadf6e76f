// Import list of package share in share of filebrowser/filebrowser (the import blocks of its non-test files; no code kept)
package share

import (
	_ "github.com/filebrowser/filebrowser/v2/errors"
	_ "time"
)
