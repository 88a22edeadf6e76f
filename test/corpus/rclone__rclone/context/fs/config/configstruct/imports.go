// Import list of package configstruct in fs/config/configstruct of rclone/rclone (the import blocks of its non-test files; no code kept)
package configstruct

import (
	_ "encoding/csv"
	_ "errors"
	_ "fmt"
	_ "github.com/rclone/rclone/fs/config/configmap"
	_ "reflect"
	_ "regexp"
	_ "strconv"
	_ "strings"
	_ "time"
)
