// Import list of package encoder in lib/encoder of rclone/rclone (the import blocks of its non-test files; no code kept)
package encoder

import (
	_ "bytes"
	_ "fmt"
	_ "io"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "unicode/utf8"
)
