"""The drill: what a routine says (model), how its text is checked (loader), and the player that
counts it.
"""
