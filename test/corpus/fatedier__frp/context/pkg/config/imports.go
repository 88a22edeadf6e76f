// Import list of package config in pkg/config of fatedier/frp (the import blocks of its non-test files; no code kept)
package config

import (
	_ "bytes"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/fatedier/frp/pkg/config/legacy"
	_ "github.com/fatedier/frp/pkg/config/types"
	_ "github.com/fatedier/frp/pkg/config/v1"
	_ "github.com/fatedier/frp/pkg/config/v1/validation"
	_ "github.com/fatedier/frp/pkg/msg"
	_ "github.com/fatedier/frp/pkg/util/jsonx"
	_ "github.com/fatedier/frp/pkg/util/util"
	_ "github.com/pelletier/go-toml/v2"
	_ "github.com/samber/lo"
	_ "github.com/spf13/cobra"
	_ "github.com/spf13/pflag"
	_ "gopkg.in/ini.v1"
	_ "k8s.io/apimachinery/pkg/util/sets"
	_ "k8s.io/apimachinery/pkg/util/yaml"
	_ "os"
	_ "path/filepath"
	_ "strconv"
	_ "strings"
	_ "text/template"
)
