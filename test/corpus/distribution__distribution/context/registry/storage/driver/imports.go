// Import list of package driver in registry/storage/driver of distribution/distribution (the import blocks of its non-test files; no code kept)
package driver

import (
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/sirupsen/logrus"
	_ "io"
	_ "net/http"
	_ "path/filepath"
	_ "regexp"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "time"
)
