// Package greeting is the code both commands share: one build stage compiles it once for both images.
package greeting

// For says hello to name.
func For(name string) string {
	if name == "" {
		name = "world"
	}
	return "hello, " + name
}
