// Import list of package errors in lib/errors of rclone/rclone (the import blocks of its non-test files; no code kept)
package errors

import (
	_ "reflect"
)
