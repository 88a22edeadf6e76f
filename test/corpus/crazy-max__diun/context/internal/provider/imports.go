// Import list of package provider in internal/provider of crazy-max/diun (the import blocks of its non-test files; no code kept)
package provider

import (
	_ "dario.cat/mergo"
	_ "github.com/containerd/platforms"
	_ "github.com/crazy-max/diun/v4/internal/model"
	_ "github.com/crazy-max/diun/v4/pkg/registry"
	_ "github.com/pkg/errors"
	_ "regexp"
	_ "strconv"
	_ "strings"
)
