// Import list of package configmap in fs/config/configmap of rclone/rclone (the import blocks of its non-test files; no code kept)
package configmap

import (
	_ "encoding/base64"
	_ "encoding/json"
	_ "fmt"
	_ "sort"
	_ "strings"
	_ "unicode"
)
