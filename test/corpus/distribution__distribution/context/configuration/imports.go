// Import list of package configuration in configuration of distribution/distribution (the import blocks of its non-test files; no code kept)
package configuration

import (
	_ "errors"
	_ "fmt"
	_ "github.com/sirupsen/logrus"
	_ "gopkg.in/yaml.v2"
	_ "io"
	_ "net/http"
	_ "os"
	_ "reflect"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "time"
)
