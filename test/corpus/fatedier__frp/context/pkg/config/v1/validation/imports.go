// Import list of package validation in pkg/config/v1/validation of fatedier/frp (the import blocks of its non-test files; no code kept)
package validation

import (
	_ "errors"
	_ "fmt"
	_ "github.com/fatedier/frp/pkg/config/v1"
	_ "github.com/fatedier/frp/pkg/plugin/server"
	_ "github.com/fatedier/frp/pkg/policy/featuregate"
	_ "github.com/fatedier/frp/pkg/policy/security"
	_ "github.com/samber/lo"
	_ "k8s.io/apimachinery/pkg/util/validation"
	_ "net/url"
	_ "os"
	_ "path/filepath"
	_ "slices"
	_ "strings"
)
