// Import list of package config in plugin/config of drone/drone (the import blocks of its non-test files; no code kept)
package config

import (
	_ "bytes"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/drone/drone-go/drone"
	_ "github.com/drone/drone-go/plugin/config"
	_ "github.com/drone/drone/core"
	_ "github.com/google/go-jsonnet"
	_ "github.com/hashicorp/golang-lru"
	_ "github.com/sirupsen/logrus"
	_ "strings"
	_ "time"
)
