// Import list of package structs in lib/structs of rclone/rclone (the import blocks of its non-test files; no code kept)
package structs

import (
	_ "reflect"
)
