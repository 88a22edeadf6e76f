// Import list of package converter in plugin/converter of drone/drone (the import blocks of its non-test files; no code kept)
package converter

import (
	_ "context"
	_ "database/sql"
	_ "errors"
	_ "fmt"
	_ "github.com/drone/drone-go/drone"
	_ "github.com/drone/drone-go/plugin/converter"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/plugin/converter/jsonnet"
	_ "github.com/drone/drone/plugin/converter/starlark"
	_ "github.com/hashicorp/golang-lru"
	_ "github.com/sirupsen/logrus"
	_ "gopkg.in/yaml.v2"
	_ "regexp"
	_ "strings"
	_ "time"
)
