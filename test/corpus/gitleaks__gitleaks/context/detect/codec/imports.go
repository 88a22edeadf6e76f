// Import list of package codec in detect/codec of gitleaks/gitleaks (the import blocks of its non-test files; no code kept)
package codec

import (
	_ "bytes"
	_ "encoding/base64"
	_ "fmt"
	_ "github.com/zricethezav/gitleaks/v8/logging"
	_ "github.com/zricethezav/gitleaks/v8/regexp"
	_ "math"
	_ "strconv"
	_ "strings"
	_ "unicode/utf8"
)
