// Import list of package cli in internal/cli of schollz/croc (the import blocks of its non-test files; no code kept)
package cli

import (
	_ "bytes"
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "flag"
	_ "fmt"
	_ "io"
	_ "io/ioutil"
	_ "os"
	_ "path/filepath"
	_ "reflect"
	_ "runtime"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "syscall"
	_ "time"
	_ "unicode"
	_ "unicode/utf8"
)
