// Import list of package gohcl in bake/hclparser/gohcl of docker/buildx (the import blocks of its non-test files; no code kept)
package gohcl

import (
	_ "fmt"
	_ "github.com/hashicorp/hcl/v2"
	_ "github.com/hashicorp/hcl/v2/hclwrite"
	_ "github.com/zclconf/go-cty/cty"
	_ "github.com/zclconf/go-cty/cty/convert"
	_ "github.com/zclconf/go-cty/cty/gocty"
	_ "reflect"
	_ "sort"
	_ "strings"
)
